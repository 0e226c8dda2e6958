import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 每一列的均值：5 个数的平均
print(A.mean(axis=0))
#> tensor([ 8.,  9., 10., 11.])
# 每一行的均值：4 个数的平均
print(A.mean(axis=1))
#> tensor([ 1.5000,  5.5000,  9.5000, 13.5000, 17.5000])

# 按轴求均值 = 按轴求和 ÷ 这一维的长度
print(torch.equal(A.mean(axis=0), A.sum(axis=0) / A.shape[0]))
#> True
print(torch.equal(A.mean(axis=1), A.sum(axis=1) / A.shape[1]))
#> True
