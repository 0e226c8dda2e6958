import torch

M = torch.tensor([[1, 2, 0], [3, 1, 4], [0, 5, 2]])


def is_symmetric(S):
    return torch.equal(S, S.T)


# 总是对称的三个
print(is_symmetric(M + M.T), is_symmetric(M @ M.T), is_symmetric(M * M.T))
#> True True True

# 这两个对这个 M 不对称：一个反例就足以说明“不总是对称”
print(is_symmetric(M - M.T), is_symmetric(M @ M))
#> False False

# M - Mᵀ 转置后变成它的相反数（反对称），对角线全是 0
print(M - M.T)
#> tensor([[ 0, -1,  0],
#>         [ 1,  0, -1],
#>         [ 0,  1,  0]])
print(torch.equal((M - M.T).T, -(M - M.T)))
#> True
