import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])

# 转置：第 i 行变成第 i 列，形状 (2, 3) 变成 (3, 2)
print(A.T)
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])
print(A.T.shape)
#> torch.Size([3, 2])

# 转置后第 j 行第 i 列的元素，就是原来第 i 行第 j 列的元素
print(A.T[2, 0], A[0, 2])
#> tensor(3) tensor(3)

# 转置两次回到原矩阵
print(torch.equal(A.T.T, A))
#> True
