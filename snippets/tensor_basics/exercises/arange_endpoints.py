import torch

# end 取不到：10 不在结果里，下一个数 11 又超过了 end
print(torch.arange(2, 10, 3))
#> tensor([2, 5, 8])

# 0.25 能用二进制精确表示，(1 - 0) / 0.25 正好是 4：不含 end，所以没有 1.0
print(torch.arange(0, 1, 0.25))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500])

# 步长为负时从大往小数，仍然停在 end 之前
print(torch.arange(5, 0, -2))
#> tensor([5, 3, 1])

# 元素个数 = ceil((13 - 1) / 3) = 4
print(torch.arange(1, 13, 3).numel())
#> 4
