import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
# u 的值等于 y，但在计算图里它只是一个常数
u = y.detach()
z = u * x

z.sum().backward()
# 把 u 当常数：d(u * x)/dx = u
print(x.grad)
#> tensor([0., 1., 4., 9.])
print(x.grad == u)
#> tensor([True, True, True, True])
