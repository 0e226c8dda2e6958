import torch

x = torch.arange(24)

# 24 不能平均分成 5 行，-1 那一维找不到整数长度
x.reshape(5, -1)
#> RuntimeError: shape '[5, -1]' is invalid for input of size 24
