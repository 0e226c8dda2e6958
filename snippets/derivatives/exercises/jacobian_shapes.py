import torch
from torch.autograd.functional import jacobian

A = torch.tensor([[1.0, 2.0, 0.0, -1.0], [0.0, 1.0, 3.0, 2.0]])
a = jacobian(torch.sin, torch.tensor(0.5))
b = jacobian(lambda x: (x**2).sum(), torch.tensor([1.0, 2.0, 3.0, 4.0]))
c = jacobian(lambda t: t * torch.arange(1.0, 6.0), torch.tensor(2.0))
d = jacobian(lambda x: A @ x, torch.tensor([1.0, 1.0, 1.0, 1.0]))
# 形状都是“y 的形状接上 x 的形状”
print(a.shape, b.shape, c.shape, d.shape)
#> torch.Size([]) torch.Size([4]) torch.Size([5]) torch.Size([2, 4])

# 线性函数 y = Ax 的雅可比矩阵就是 A 本身，与在哪一点求无关
print(torch.equal(d, A))
#> True
