import torch

x = torch.arange(24)

# 其余各维之积能整除 24 时，-1 那一维只有一种取法
print(x.reshape(4, -1).shape)
#> torch.Size([4, 6])
print(x.reshape(-1, 2, 3).shape)
#> torch.Size([4, 2, 3])
print(x.reshape(2, -1, 4).shape)
#> torch.Size([2, 3, 4])
