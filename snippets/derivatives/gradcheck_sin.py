import torch

# gradcheck 用数值差分逐个核对 autograd 的导数；数值差分要 float64 才够准
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.sin, (x,)))
#> True
