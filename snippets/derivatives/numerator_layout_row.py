import torch
from torch.autograd.functional import jacobian

x = torch.tensor([1.0, 2.0, 3.0])

# 把 y 当作只有 1 个元素的向量（m = 1），雅可比矩阵就是 1×3：笔记里的“行向量”
J = jacobian(lambda x: x.prod().reshape(1), x)
print(J)
#> tensor([[6., 3., 2.]])
print(J.shape)
#> torch.Size([1, 3])

# x.grad 装的是同样 3 个偏导，只是按 x 的形状存放
x.requires_grad_(True)
x.prod().backward()
print(x.grad)
#> tensor([6., 3., 2.])
print(torch.equal(J.reshape(x.shape), x.grad))
#> True
