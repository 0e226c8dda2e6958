import torch

# float64：后面的中心差分和 gradcheck 都要把很接近的数相减
x = torch.tensor([-2.0, 0.0, 0.5, 3.0], dtype=torch.float64, requires_grad=True)
torch.tanh(x).sum().backward()

# 商法则推出的 tanh'(x) = 1 - tanh(x)^2
t = torch.tanh(x.detach())
by_rules = 1 - t**2
print(by_rules)
#> tensor([0.0707, 1.0000, 0.7864, 0.0099], dtype=torch.float64)
print(torch.allclose(x.grad, by_rules))
#> True

# 中心差分独立地核对公式
h = 1e-6
xd = x.detach()
central = (torch.tanh(xd + h) - torch.tanh(xd - h)) / (2 * h)
print(torch.allclose(central, by_rules))
#> True

# gradcheck 核对 autograd 的 tanh 导数与数值差分一致
print(torch.autograd.gradcheck(torch.tanh, (x,)))
#> True
