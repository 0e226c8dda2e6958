import torch

# 3 个样本，每行一个样本的 3 个特征
X = torch.tensor([[1.0, 2.0, 3.0],
                  [4.0, 6.0, 8.0],
                  [0.0, 0.0, 9.0]])

# 想让每一行减去自己这一行的均值，使每行的均值变成 0
centered = X - X.mean(axis=1)
print(centered)
#> tensor([[-1., -4.,  0.],
#>         [ 2.,  0.,  5.],
#>         [-2., -6.,  6.]])
print(centered.mean(axis=1))
#> tensor([-1.6667,  2.3333, -0.6667])
