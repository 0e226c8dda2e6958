import torch

X = torch.arange(12).reshape(3, 4)
P = X[:, 1:3]

# 步幅：X 往下走一行，存储位置加 4；转置把两维的步幅对调；切片沿用 X 的步幅
print(X.stride(), X.T.stride(), P.stride())
#> (4, 1) (1, 4) (4, 1)

# 只有 X 按行读出的顺序就是存储的顺序
print(X.is_contiguous(), X.T.is_contiguous(), P.is_contiguous())
#> True False False
