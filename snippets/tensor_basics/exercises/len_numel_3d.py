import torch

x = torch.zeros((4, 1, 3))

# len 只看第 0 维
print(len(x))
#> 4
# numel 是各维长度之积：4 * 1 * 3
print(x.numel())
#> 12
print(x.shape[1])
#> 1

# x[0] 去掉了第 0 维，剩下形状 (1, 3)
print(x[0].shape)
#> torch.Size([1, 3])
print(len(x[0]))
#> 1
print(x[0].numel())
#> 3
