import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 照笔记的字面意思：只加 i = 1, 2, 3, 4 这 4 行，漏掉了第 0 行
print(A[1:5, 1].sum())
#> tensor(44.)

# axis=0 的求和用到全部 5 行，i = 0, 1, 2, 3, 4
print(A[0:5, 1].sum())
#> tensor(45.)
print(A.sum(axis=0)[1])
#> tensor(45.)
