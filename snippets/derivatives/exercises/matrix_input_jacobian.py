import torch
from torch.autograd.functional import jacobian

X = torch.tensor([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]], requires_grad=True)
# y 的形状 (3,) 接上 X 的形状 (2, 3)
J = jacobian(lambda X: X.sum(dim=0), X)
print(J.shape)
#> torch.Size([3, 2, 3])

# 把 X 的 6 个元素按行展平，就是熟悉的 m×n = 3×6 雅可比矩阵
print(J.reshape(3, 6))
#> tensor([[1., 0., 0., 1., 0., 0.],
#>         [0., 1., 0., 0., 1., 0.],
#>         [0., 0., 1., 0., 0., 1.]])

# 对 y 再求和得到标量，X.grad 与 X 同形；它等于 J 沿 y 那一维相加
X.sum(dim=0).sum().backward()
print(X.grad.shape)
#> torch.Size([2, 3])
print(torch.equal(X.grad, J.sum(dim=0)))
#> True
