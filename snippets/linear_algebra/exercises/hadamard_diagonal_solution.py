import torch

D = torch.tensor([[2, 0], [0, 3]])
E = torch.tensor([[4, 0], [0, 5]])
S = torch.tensor([[1, 1], [0, 1]])

# 对角矩阵的非对角元都是 0，逐元素乘积恰好等于矩阵乘积
print(torch.equal(D * E, D @ E))
#> True

# S 的非对角元不是 0，两者就不同了
print(S @ D)
#> tensor([[2, 3],
#>         [0, 3]])
print(torch.equal(S * D, S @ D))
#> False

# (S @ D) 第 0 行第 1 列：S 的第 0 行 [1, 1] 与 D 的第 1 列 [0, 3] 的内积
print(torch.dot(S[0], D[:, 1]))
#> tensor(3)
