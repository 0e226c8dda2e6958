import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([[1, 0], [0, 1], [1, 1]])

# 乘积的转置等于转置的乘积，但顺序要反过来：(AB)ᵀ = BᵀAᵀ
print((A @ B).T)
#> tensor([[ 4, 10],
#>         [ 5, 11]])
print(torch.equal((A @ B).T, B.T @ A.T))
#> True

# 不交换顺序，形状就不对：(3, 2) 乘 (2, 3) 得到 3×3，而 (AB)ᵀ 是 2×2
print((A.T @ B.T).shape)
#> torch.Size([3, 3])
