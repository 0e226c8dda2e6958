import torch

# y = x^3 在 x = 2 处：手算的导数公式是 3x^2
print(3 * 2.0**2)
#> 12.0

# autograd：对 y 反向传播，导数存进 x.grad
x = torch.tensor(2.0, requires_grad=True)
y = x**3
y.backward()
print(x.grad)
#> tensor(12.)

# 数值差分（中心差分）：用很小的 h 近似导数；Python 的 float 是 64 位双精度
h = 1e-5
print(((2.0 + h) ** 3 - (2.0 - h) ** 3) / (2 * h))
#> 12.00000000021184
