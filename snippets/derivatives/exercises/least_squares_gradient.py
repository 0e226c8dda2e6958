import torch

torch.manual_seed(0)
# float64：gradcheck 用数值差分核对，需要足够的精度
A = torch.randn(4, 3, dtype=torch.float64)
b = torch.randn(4, dtype=torch.float64)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)


def loss(x):
    r = A @ x - b
    return (r**2).sum()


loss(x).backward()

# 手推：dy/dr = 2rᵀ（1×4），dr/dx = A（4×3），相乘得 2rᵀA；存成 x 的形状就是 2Aᵀr
r = A @ x.detach() - b
by_hand = 2 * A.T @ r
print(x.grad)
#> tensor([ 6.6189,  3.5355, -8.9873], dtype=torch.float64)
print(by_hand)
#> tensor([ 6.6189,  3.5355, -8.9873], dtype=torch.float64)
print(torch.allclose(x.grad, by_hand))
#> True

# 特例 A = I、b = 0：||x||² 的梯度是 2x
z = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
(z**2).sum().backward()
print(torch.allclose(z.grad, 2 * z.detach()))
#> True

# gradcheck 再用数值差分核对一遍 autograd
print(torch.autograd.gradcheck(loss, (x,)))
#> True
