import torch

# float64：后面的中心差分要把两个很接近的数相减
x = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
torch.sigmoid(x).sum().backward()

# 手推的公式 σ'(x) = σ(x)(1 - σ(x))；套公式不需要求导，所以用 detach
s = torch.sigmoid(x.detach())
by_hand = s * (1 - s)
print(by_hand)
#> tensor([0.1050, 0.2500, 0.0452], dtype=torch.float64)
print(torch.allclose(x.grad, by_hand))
#> True

# 再用中心差分独立地核对公式本身
h = 1e-6
xd = x.detach()
central = (torch.sigmoid(xd + h) - torch.sigmoid(xd - h)) / (2 * h)
print(torch.allclose(central, by_hand))
#> True

# gradcheck 核对 autograd 给出的 sigmoid 导数与数值差分一致
print(torch.autograd.gradcheck(torch.sigmoid, (x,)))
#> True
