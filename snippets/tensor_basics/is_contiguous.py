import torch

A = torch.arange(6).reshape(2, 3)

# 按行读出的顺序 0, 1, 2, 3, 4, 5 正好是存储里的顺序：连续
print(A.is_contiguous())
#> True

# 转置按行读出 0, 3, 1, 4, 2, 5，在存储里来回跳：不连续
print(A.T.is_contiguous())
#> False

# 只取前两列：按行读出 0, 1, 3, 4，中间跳过了 2，也不连续
left = A[:, :2]
print(left.stride())
#> (3, 1)
print(left.is_contiguous())
#> False
