import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 照笔记“对 A[i , 1] i=1,2,3,4 求和”的下标，对每一列 j 手算 axis=0 的和
col_sums = torch.zeros(4)
for j in range(4):
    for i in range(1, 5):
        col_sums[j] += A[i, j]

print(col_sums)
#> tensor([40., 44., 48., 52.])
print(A.sum(axis=0))
#> tensor([40., 45., 50., 55.])
print(A.sum(axis=0) - col_sums)
#> tensor([0., 1., 2., 3.])
