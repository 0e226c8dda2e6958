import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad)
#> tensor([ 0.,  4.,  8., 12.])

# 笔记写的是 x.grid：张量没有这个属性
print(x.grid)
#> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?
