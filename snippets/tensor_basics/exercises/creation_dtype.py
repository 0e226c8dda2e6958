import torch

# (a) 嵌套列表里只要有一个 Python 浮点数，整个张量都是浮点数
a = torch.tensor([[1, 2], [3, 4.0]])
print(a.dtype)
#> torch.float32
print(a)
#> tensor([[1., 2.],
#>         [3., 4.]])

# (b) 步长 2.0 是 Python 浮点数，arange 就生成浮点序列
print(torch.arange(1, 10, 2.0).dtype)
#> torch.float32

# (c) reshape 只改形状，不改类型
print(torch.arange(6).reshape(2, 3).dtype)
#> torch.int64

# (d) zeros 默认就是浮点数，和传进去的形状是不是整数无关
print(torch.zeros(2, 3).dtype)
#> torch.float32

# (e) 切片取出的是原张量的一部分，类型跟着原张量
print(torch.tensor([7, 8, 9])[1:].dtype)
#> torch.int64
