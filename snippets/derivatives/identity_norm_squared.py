import torch

x = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
# ‖x‖² = x1² + x2² + x3²
(torch.linalg.vector_norm(x) ** 2).backward()
print(x.grad)
#> tensor([ 2., -4.,  6.], dtype=torch.float64)
# ∇‖x‖² = 2x
print(torch.allclose(x.grad, 2 * x.detach()))
#> True
