import torch

# start 不是整数：从 0.5 开始每次加 1，序列里没有 end - 1 = 2
print(torch.arange(0.5, 3))
#> tensor([0.5000, 1.5000, 2.5000])

# end 不是整数：最后一个数是 2，不是 end - 1 = 1.5
print(torch.arange(0, 2.5))
#> tensor([0., 1., 2.])

# 步长不是 1：取不到 end - 1 = 9
print(torch.arange(0, 10, 4))
#> tensor([0, 4, 8])

# 步长为负：从大往小数，停在 end + 1 = 1
print(torch.arange(5, 0, -1))
#> tensor([5, 4, 3, 2, 1])
