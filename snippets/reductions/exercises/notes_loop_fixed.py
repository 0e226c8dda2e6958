import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

col_sums = torch.zeros(4)
for j in range(4):
    # 5 行的下标是 0 到 4，range(5) 一行都不漏
    for i in range(5):
        col_sums[j] += A[i, j]

print(col_sums)
#> tensor([40., 45., 50., 55.])
print(torch.equal(col_sums, A.sum(axis=0)))
#> True

# 原来的差值正好是被漏掉的第 0 行
print(A[0])
#> tensor([0., 1., 2., 3.])
