import torch

# 任何浮点类型都可以，不只是默认的 float32
print(torch.tensor([1.0, 2.0], dtype=torch.float64).requires_grad_(True))
#> tensor([1., 2.], dtype=torch.float64, requires_grad=True)

# 复数张量也可以
print(torch.tensor([1 + 2j]).requires_grad_(True))
#> tensor([1.+2.j], requires_grad=True)
