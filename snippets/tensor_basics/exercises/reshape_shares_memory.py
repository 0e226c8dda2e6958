import torch

x = torch.arange(6)
y = x.reshape(2, 3)
y[1, 2] = -1  # reshape 能返回视图时，y 与 x 共用同一块内存

print(x)
#> tensor([ 0,  1,  2,  3,  4, -1])
