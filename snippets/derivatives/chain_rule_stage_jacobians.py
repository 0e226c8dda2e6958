import torch
from torch.autograd.functional import jacobian

W = torch.tensor([[0.1, 0.2, -0.1], [0.3, -0.1, 0.2]])
x = torch.tensor([1.0, 2.0, 3.0])
u = W @ x

# u = Wx 是线性的：它的雅可比矩阵就是 W 本身
print(torch.equal(jacobian(lambda x: W @ x, x), W))
#> True

# tanh 逐元素作用：v_i 只依赖 u_i，雅可比矩阵是对角阵，对角线是 1 - tanh(u)^2
J_vu = jacobian(torch.tanh, u)
print(J_vu)
#> tensor([[0.9610, 0.0000],
#>         [0.0000, 0.6347]])
print(1 - torch.tanh(u) ** 2)
#> tensor([0.9610, 0.6347])
