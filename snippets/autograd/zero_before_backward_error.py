import torch

x = torch.arange(4.0, requires_grad=True)
# 还没有任何 backward，x.grad 不是全 0 张量，而是 None
print(x.grad)
#> None

# None 没有 zero_ 方法
x.grad.zero_()
#> AttributeError: 'NoneType' object has no attribute 'zero_'
