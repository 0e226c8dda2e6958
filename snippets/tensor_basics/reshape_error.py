import torch

x = torch.arange(12)

# 5 * 3 = 15，而 x 只有 12 个元素，无法排成这个形状
x.reshape(5, 3)
#> RuntimeError: shape '[5, 3]' is invalid for input of size 12
