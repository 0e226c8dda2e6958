import torch
from torch.autograd.functional import jacobian

W = torch.tensor([[0.1, 0.2, -0.1], [0.3, -0.1, 0.2]])
x = torch.tensor([1.0, 2.0, 3.0])
u = W @ x
J_ux = jacobian(lambda x: W @ x, x)
J_vu = jacobian(torch.tanh, u)
J_yv = jacobian(lambda v: (v**2).sum(), torch.tanh(u)).reshape(1, 2)

# 正向累积：从输入一侧（最右边）乘起，一路带着 2×3 的矩阵（x 的 3 个方向）
forward_partial = J_vu @ J_ux
print(forward_partial.shape)
#> torch.Size([2, 3])
forward = J_yv @ forward_partial

# 反向累积：从输出一侧（最左边）乘起，一路只带着 1×2 的行向量
reverse_partial = J_yv @ J_vu
print(reverse_partial.shape)
#> torch.Size([1, 2])
reverse = reverse_partial @ J_ux

print(forward.shape, reverse.shape)
#> torch.Size([1, 3]) torch.Size([1, 3])
print(torch.allclose(forward, reverse))
#> True
