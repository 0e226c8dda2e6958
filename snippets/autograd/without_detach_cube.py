import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
# 不 detach：z = x * x * x，梯度要沿 y 继续传回 x
z = y * x

z.sum().backward()
# d(x³)/dx = 3x²
print(x.grad)
#> tensor([ 0.,  3., 12., 27.])
print(x.grad == 3 * x * x)
#> tensor([True, True, True, True])
