import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
col_sums = A.sum(axis=0)

# 第 1 列是 A[0, 1] 到 A[4, 1]：行下标 i 取 0, 1, 2, 3, 4
print(A[:, 1])
#> tensor([ 1.,  5.,  9., 13., 17.])
print(A[:, 1].sum())
#> tensor(45.)
print(col_sums[1])
#> tensor(45.)

# 对每一列 j 都成立：A[:, j].sum() 就是 A.sum(axis=0)[j]
by_hand = torch.stack([A[:, j].sum() for j in range(4)])
print(torch.equal(by_hand, col_sums))
#> True
