import torch
from torch.autograd.functional import jacobian

W = torch.tensor([[0.1, 0.2, -0.1], [0.3, -0.1, 0.2]])
x = torch.tensor([1.0, 2.0, 3.0])
u = W @ x
v = torch.tanh(u)

# 每一级单独求雅可比矩阵：∂u/∂x、∂v/∂u、∂y/∂v
J_ux = jacobian(lambda x: W @ x, x)
J_vu = jacobian(torch.tanh, u)
J_yv = jacobian(lambda v: (v**2).sum(), v).reshape(1, 2)
print(J_yv.shape, J_vu.shape, J_ux.shape)
#> torch.Size([1, 2]) torch.Size([2, 2]) torch.Size([2, 3])

# 按链式法则连乘：1×2 · 2×2 · 2×3 → 1×3
chain = J_yv @ J_vu @ J_ux
print(chain)
#> tensor([[ 0.2681, -0.0008,  0.1155]])

# autograd 一次 backward 给出的梯度
x.requires_grad_(True)
(torch.tanh(W @ x) ** 2).sum().backward()
print(x.grad)
#> tensor([ 0.2681, -0.0008,  0.1155])
print(torch.allclose(chain.reshape(3), x.grad))
#> True
