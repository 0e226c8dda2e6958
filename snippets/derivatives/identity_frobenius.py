import torch

X = torch.tensor([[1.0, -2.0, 0.0], [3.0, 1.0, -1.0]], dtype=torch.float64, requires_grad=True)
# ‖X‖_F² 是所有元素的平方和；matrix_norm 默认就是 Frobenius 范数
(torch.linalg.matrix_norm(X) ** 2).backward()
# 梯度与 X 同形：2×3
print(X.grad)
#> tensor([[ 2., -4.,  0.],
#>         [ 6.,  2., -2.]], dtype=torch.float64)
# ∇‖X‖_F² = 2X
print(torch.allclose(X.grad, 2 * X.detach()))
#> True
