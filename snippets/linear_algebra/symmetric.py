import torch

M = torch.tensor([[1, 2], [0, 3]])

# 对称矩阵：转置之后不变。M 不是对称矩阵
print(torch.equal(M, M.T))
#> False

# M + Mᵀ 总是对称的
S = M + M.T
print(S)
#> tensor([[2, 2],
#>         [2, 6]])
print(torch.equal(S, S.T))
#> True

# 任何矩阵 A（不必是方阵）的 AᵀA 和 AAᵀ 都是对称的
A = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(A.T @ A)
#> tensor([[17, 22, 27],
#>         [22, 29, 36],
#>         [27, 36, 45]])
print(torch.equal(A.T @ A, (A.T @ A).T), torch.equal(A @ A.T, (A @ A.T).T))
#> True True
