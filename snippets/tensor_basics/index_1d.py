import torch

x = torch.arange(5)
print(x)
#> tensor([0, 1, 2, 3, 4])

# 下标从 0 开始；负数从末尾往回数
print(x[0])
#> tensor(0)
print(x[-1])
#> tensor(4)

# 切片 [1:3] 包含下标 1，不含下标 3
print(x[1:3])
#> tensor([1, 2])
