import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x

# 想要一份可以随便修改的独立数据：detach 之后再 clone
u = y.detach().clone()
u[0] = 100.0
print(y)
#> tensor([0., 1., 4., 9.], grad_fn=<MulBackward0>)
print(u)
#> tensor([100.,   1.,   4.,   9.])
