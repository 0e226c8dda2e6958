import torch

torch.manual_seed(0)
# A 是随机的 3×3 矩阵，一般不对称
A = torch.randn(3, 3, dtype=torch.float64)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)

(x @ A @ x).backward()
xd = x.detach()
# ∇ xᵀAx = (A + Aᵀ)x
print(torch.allclose(x.grad, (A + A.T) @ xd))
#> True
# 2Ax 只在 A 对称时才对
print(torch.allclose(x.grad, 2 * A @ xd))
#> False
