import torch

# 想算矩阵乘积，先用两个对角矩阵和手算的答案检查 *
D = torch.tensor([[2, 0], [0, 3]])
E = torch.tensor([[4, 0], [0, 5]])
expected = torch.tensor([[8, 0], [0, 15]])
print(torch.equal(D * E, expected))
#> True

# 检查通过，于是用在另一个矩阵上
S = torch.tensor([[1, 1], [0, 1]])
print(S * D)
#> tensor([[2, 0],
#>         [0, 3]])
