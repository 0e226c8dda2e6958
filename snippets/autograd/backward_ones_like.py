import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 给 backward 一个与 y 同形状的全 1 张量
y = x * x
y.backward(gradient=torch.ones_like(y))
print(x.grad)
#> tensor([2., 4., 6.])
from_ones = x.grad

# 与先求和、再对标量 backward 的结果相同
x.grad = None
y = x * x
y.sum().backward()
print(x.grad)
#> tensor([2., 4., 6.])
print(torch.equal(from_ones, x.grad))
#> True
