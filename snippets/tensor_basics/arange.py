import torch

x = torch.arange(12)
print(x)
#> tensor([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11])
print(x.shape)
#> torch.Size([12])
