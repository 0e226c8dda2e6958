import torch

A = torch.arange(12).reshape(3, 4)
print(A)
#> tensor([[ 0,  1,  2,  3],
#>         [ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])

# [行, 列]：第 1 行第 2 列（都从 0 数起）
print(A[1, 2])
#> tensor(6)

# 只给一个下标，取出整行
print(A[1])
#> tensor([4, 5, 6, 7])

# 冒号表示“这一维全要”：取出第 1 列
print(A[:, 1])
#> tensor([1, 5, 9])
