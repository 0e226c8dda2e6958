import torch

x = torch.tensor([-2.5, 0.0, 3.0])

# 每个元素各自取绝对值，形状不变
print(torch.abs(x))
#> tensor([2.5000, 0.0000, 3.0000])

# 也可以写成张量的方法
print(x.abs())
#> tensor([2.5000, 0.0000, 3.0000])

# 整数张量取绝对值后仍是整数
print(torch.abs(torch.tensor([-3, 0, 2])))
#> tensor([3, 0, 2])
