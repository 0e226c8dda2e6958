import torch

x = torch.tensor(1.5, requires_grad=True)
y = torch.sin(x**2)
y.backward()
print(x.grad)
#> tensor(-1.8845)

# 链式法则给出的公式：dy/dx = cos(x^2) · 2x
by_formula = torch.cos(x.detach() ** 2) * 2 * x.detach()
print(by_formula)
#> tensor(-1.8845)
print(torch.allclose(x.grad, by_formula))
#> True
