import torch

# 用一个整数下标取出单个元素，得到的是零维张量
s = torch.arange(5)[2]
print(s.shape)
#> torch.Size([])
print(s.numel())
#> 1

# 零维张量没有“第一维”，len 无从谈起
len(s)
#> TypeError: len() of a 0-d tensor
