import torch

x = torch.tensor(2.0, requires_grad=True)

# 默认：求导的计算不记录，得到的导数不需要梯度，也没有 grad_fn
(dy,) = torch.autograd.grad(x**3, x)
print(dy, dy.requires_grad)
#> tensor(12.) False

# create_graph=True：求导的计算也记进计算图，导数本身还能再求导
(dy,) = torch.autograd.grad(x**3, x, create_graph=True)
print(dy, dy.requires_grad)
#> tensor(12., grad_fn=<MulBackward0>) True
