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

# 方阵时形状对得上，不交换顺序也能算，但数值一般不对
C = torch.tensor([[1, 2], [3, 4]])
D = torch.tensor([[0, 1], [1, 0]])
print(torch.equal((C @ D).T, C.T @ D.T), torch.equal((C @ D).T, D.T @ C.T))
#> False True
