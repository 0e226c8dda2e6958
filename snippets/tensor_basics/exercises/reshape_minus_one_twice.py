import torch

x = torch.arange(24)

# 两个未知数只有一个方程（乘积等于 24），答案不唯一，所以不允许
x.reshape(-1, -1)
#> RuntimeError: only one dimension can be inferred
