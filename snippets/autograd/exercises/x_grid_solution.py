import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**3).sum()
y.backward()

# 存梯度的属性叫 grad（gradient），里面是 y 对 x 的梯度 3x²
print(x.grad)
#> tensor([ 3., 12., 27.])
print(torch.allclose(x.grad, 3 * x.detach() ** 2))
#> True
